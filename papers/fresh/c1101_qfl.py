from h import *
rng=np.random.default_rng(1101); n=7; s=rng.uniform(0.05,0.95,n); y=rng.uniform(0,1,n); b=2.0
S,Y=T(s),T(y); out=-torch.abs(Y-S)**b*((1-Y)*torch.log(1-S)+Y*torch.log(S))
run('c1101_qfl', {r'\sigma':s,'y':y,r'\beta':b}, out.numpy(), fn=r'\mathbf{QFL}')
