from h import *
rng=np.random.default_rng(1192); n,d=6,3; x=rng.normal(size=(n,d)); g=0.5772156649; V=4.18879
D=torch.cdist(T(x),T(x)); D.fill_diagonal_(float('inf')); r=D.min(1).values
out=d/n*torch.log(r).sum()+np.log(n-1)+g+np.log(V)
run('c1192_kl_entropy', {'x':x,r'\gamma':g,'V_d':V}, out.numpy(), fn='H_n')
