from h import *
rng=np.random.default_rng(227); C=5; z=rng.normal(size=C); n=rng.integers(1,50,C).astype(float); y=2; b=0.9
Z=T(z); exp=-(1-b)/(1-b**n[y])*torch.log_softmax(Z,0)[y]
run('c227_cb_softmax', {r'\mathbf{z}':z,'n':n,'y':y+1,r'\beta':b}, exp.numpy(), fn='CB_softmax')
