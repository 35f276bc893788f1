class K:
    def m(self):
        pass

k = K()
print(k.m == k.m, k.m != k.m, k.m is k.m)
print(k.m == K().m)
print(hash(k.m) == hash(k.m))
