x = 1
y = "abé"
