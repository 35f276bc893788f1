class C()
    pass
