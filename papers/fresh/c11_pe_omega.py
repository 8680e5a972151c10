from h import *
n,d=6,8
pos=torch.arange(n)[:,None].double(); k=torch.arange(d//2)
w=1/10000**(2*k/d)
P=torch.empty(n,d); P[:,0::2]=torch.sin(pos*w); P[:,1::2]=torch.cos(pos*w)
run('c11_pe_omega', {}, P.numpy(), dims=dict(n=n,d=d))
