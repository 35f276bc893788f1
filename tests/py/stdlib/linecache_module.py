"""linecache: a file's lines, with their newlines, read once and kept; '' past the end or
for names in angle brackets."""
import linecache

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 3)), repr(linecache.getline(__file__, 999)))
print(len(linecache.getlines(__file__)), __file__ in linecache.cache)
print(linecache.getline("<string>", 1) == "", linecache.getlines("/nonexistent/x.py"))
linecache.checkcache(__file__)
linecache.clearcache()
print(linecache.cache)
