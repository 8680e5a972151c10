from h import *
k=2; i=torch.arange(2**k, dtype=torch.float64)
Q=torch.special.ndtri
run('c1978_nf4_quantiles', {'k':k}, (0.5*(Q((i+1)/(2**k+1))+Q((i+1+1)/(2**k+1)))).numpy(), fn='q_i', dims={'i':2**k})
