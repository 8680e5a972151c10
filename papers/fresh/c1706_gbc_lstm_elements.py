from h import *
rng=np.random.default_rng(1706); n,d=3,4
P={}
x=rng.normal(size=n); h=rng.normal(size=d); s0=rng.normal(size=d)
def lin(tag):
    U=rng.normal(size=(d,n))*.5; W=rng.normal(size=(d,d))*.5; b=rng.normal(size=d)*.5
    P[f'U{tag}']=U; P[f'W{tag}']=W; P[f'b{tag}']=b
    return b+U@x+W@h
sg=lambda z:1/(1+np.exp(-z))
f=sg(lin('^f')); g=sg(lin('^g')); q=sg(lin('^o')); c=sg(lin(''))
s=f*s0+g*c; hn=np.tanh(s)*q
inp={'x^{(t)}':x,'h^{(t-1)}':h,'s^{(t-1)}':s0}; inp.update(P)
run('c1706_gbc_lstm_elements', inp, hn, fn='h^{(t)}')
