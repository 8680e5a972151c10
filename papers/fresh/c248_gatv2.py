from h import *
rng=np.random.default_rng(248); d,dp=3,4; hi,hj=rng.normal(size=d),rng.normal(size=d); W=rng.normal(size=(dp,2*d)); a=rng.normal(size=dp)
run('c248_gatv2', {r'\boldsymbol{h}_i':hi,r'\boldsymbol{h}_j':hj,r'\boldsymbol{W}':W,r'\boldsymbol{a}':a}, (T(a)@torch.nn.functional.leaky_relu(T(W)@torch.cat([T(hi),T(hj)]),0.01)).numpy(), fn='e')
