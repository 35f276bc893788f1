@dec

x = 1
