exec 'code' in ns
