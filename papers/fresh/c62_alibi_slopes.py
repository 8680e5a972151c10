from h import *
n=8
run('c62_alibi_slopes', {}, (2.0**(-8*torch.arange(1,n+1)/n)).numpy(), dims={'n':n})
