x = 'ab
cd'
