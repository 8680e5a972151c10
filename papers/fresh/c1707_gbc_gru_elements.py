from h import *
rng=np.random.default_rng(1707); n,d=3,4
x=rng.normal(size=n); h=rng.normal(size=d); P={}
sg=lambda z:1/(1+np.exp(-z))
def lin(tag, hh):
    U=rng.normal(size=(d,n))*.5; W=rng.normal(size=(d,d))*.5; b=rng.normal(size=d)*.5
    P[f'U{tag}']=U; P[f'W{tag}']=W; P[f'b{tag}']=b
    return U,W,b
Uu,Wu,bu=lin('^u',h); Ur,Wr,br=lin('^r',h); U,W,b=lin('',h)
u=sg(bu+Uu@x+Wu@h); r=sg(br+Ur@x+Wr@h)
hn=u*h+(1-u)*sg(b+U@x+W@(r*h))
inp={'x^{(t-1)}':x,'h^{(t-1)}':h}; inp.update(P)
run('c1707_gbc_gru_elements', inp, hn, fn='h^{(t)}')
