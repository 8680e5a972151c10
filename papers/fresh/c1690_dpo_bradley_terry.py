from h import *
r1, r2 = 0.7, -1.3
out = torch.exp(T(r1)) / (torch.exp(T(r1)) + torch.exp(T(r2)))
run('c1690_dpo_bradley_terry', {'r^*(x, y_1)': r1, 'r^*(x, y_2)': r2}, out.numpy())
