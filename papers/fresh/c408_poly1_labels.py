from h import *
rng=np.random.default_rng(408); N,C=6,4; z=rng.normal(size=(N,C)); y=rng.integers(0,C,N); e=1.0
pt=torch.softmax(T(z),1)[torch.arange(N),torch.tensor(y)]
exp=(-torch.log(pt)+e*(1-pt)).mean()
run('c408_poly1_labels', {'z':z,'y':y+1,r'\epsilon_1':e}, exp.numpy(), fn='L_{Poly-1}')
