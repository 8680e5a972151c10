from h import *
n=5
run('c523_causal_mask_range', {'n':n}, torch.triu(torch.full((n,n),float('-inf')),1).numpy(), fn='M')
