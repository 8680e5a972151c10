from h import *
rng=np.random.default_rng(957); S,d=6,3
x=rng.normal(size=(S,d)); F=rng.normal(size=(S,d)); w=rng.normal(size=d)
r=x@w; P=(np.sort(r)[2]+np.sort(r)[3])/2
out=np.where((r>P)[:,None], r[:,None]*F+x, x)
run('c957_mod_router', {'x^l':x, r'f_i(\tilde{X}^l)':F, r'w_\theta':w, r'P_\beta(R^l)':P}, out, fn='x^{l+1}')
