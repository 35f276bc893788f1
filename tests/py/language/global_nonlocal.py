count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def outer():
    v = []
    def add(x):
        v.append(x)
    def reset():
        nonlocal v
        v = ["reset"]
    add(1); reset(); add(2)
    return v
print(outer())
def make():
    total = 0
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a = make()
print(a(5), a(5), a(-1))
def declare_later():
    global later_defined
    later_defined = "yes"
declare_later()
print(later_defined)
print("count" in globals(), globals()["count"], sorted(k for k in globals() if not k.startswith("_"))[:4])
