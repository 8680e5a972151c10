from h import *
rng=np.random.default_rng(1035); d=5; x,g=rng.normal(size=d),rng.normal(size=d); b,eta=0.7,0.3
b1=np.sqrt(b**2+np.sum(g**2))
run('c1035_adagrad_norm', {'x_j':x,r'\nabla F(x_j)':g,'b_j':b,r'\eta':eta}, x-eta/b1*g, fn='x_{j+1}')
