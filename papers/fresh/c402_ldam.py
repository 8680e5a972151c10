from h import *
rng=np.random.default_rng(402); k=5; z=rng.normal(size=k); n=rng.integers(5,100,k).astype(float); y=3; C=0.5
D=C/T(n)**0.25; zz=T(z).clone(); zz[y]-=D[y]
exp=-torch.log_softmax(zz,0)[y]
run('c402_ldam', {'z':z,'n':n,'y':y+1,'C':C}, exp.numpy(), fn=r'\mathcal{L}_{\mathrm{LDAM}}')
