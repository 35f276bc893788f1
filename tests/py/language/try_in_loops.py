results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError as e:
        results.append(type(e).__name__)
        break
    finally:
        results.append("|")
print(results)
def retry(times):
    attempt = 0
    while True:
        attempt += 1
        try:
            if attempt < times:
                raise ConnectionError(f"attempt {attempt}")
            return f"ok after {attempt}"
        except ConnectionError as e:
            print("retry", e)
print(retry(3))
