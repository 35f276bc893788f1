# -*- coding: utf-8 -*-
café = "naïve"
x = [café, "日本語", 'ß' + "é"]; y = {"ключ": café}
def 函数(参数="默认"):
    return f"{参数} → {café!r}"
z = "😀" + "\U0001F600"
