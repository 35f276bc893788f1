x = "é"
# coding: latin-1
