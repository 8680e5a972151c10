from h import *
rng=np.random.default_rng(974); N=4; G=rng.normal(size=(N,N)); A=rng.normal(size=(N,N)); M=6.0
run('c974_gatys_style_loss', {'G^l':G,'A^l':A,'M_l':M}, np.array(((G-A)**2).sum()/(4*N**2*M**2)), fn='E_l')
