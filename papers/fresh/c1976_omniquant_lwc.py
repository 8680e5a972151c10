from h import *
rng=np.random.default_rng(1976); W=rng.normal(size=(3,4)); g,b,N=0.9,0.8,4
h_=(g*W.max()-b*W.min())/(2**N-1); z=-np.round(b*W.min()/h_)
run('c1976_omniquant_lwc', {r'\mathbf{W}':W, r'\gamma':g, r'\beta':b, 'N':N}, np.clip(np.round(W/h_)+z,0,2**N-1), fn=r'\mathbf{W_q}')
