na$me = 1
