[print 1]
