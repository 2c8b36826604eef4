print("beta body")
import alpha
alpha.count += 1
from_alpha = alpha.count
