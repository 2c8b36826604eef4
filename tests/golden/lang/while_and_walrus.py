n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
data = [1, 2, 3, 4, 5]
if (count := len(data)) > 3:
    print("long list", count)
i = 0
while True:
    i += 1
    if i < 3:
        continue
    if i > 5:
        break
    print("i", i)
print(x if (x := 5) > 3 else 0)
