[match x]
