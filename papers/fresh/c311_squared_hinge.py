from h import *
rng=np.random.default_rng(311); l,n=6,3; w=rng.normal(size=n); x=rng.normal(size=(l,n)); y=np.sign(rng.normal(size=l)); C=0.8
m=torch.clamp(1-T(y)*(T(x)@T(w)),min=0)
run('c311_squared_hinge', {'w':w,'x':x,'y':y,'C':C}, np.array(0.5*T(w)@T(w)+C*(m**2).sum()), fn='f')
