from h import *
rng=np.random.default_rng(1507); d,e=4,3; x=rng.normal(size=d); hp=rng.normal(size=e)
W={k:rng.normal(size=(e,d)) for k in 'zrh'}; U={k:rng.normal(size=(e,e)) for k in 'zrh'}; b={k:rng.normal(size=e) for k in 'zrh'}
s=lambda a:1/(1+np.exp(-a)); z=s(W['z']@x+U['z']@hp+b['z']); r=s(W['r']@x+U['r']@hp+b['r']); hh=np.tanh(W['h']@x+U['h']@(r*hp)+b['h'])
I={'x_t':x,'h_{t-1}':hp}; I.update({'W_'+k:W[k] for k in 'zrh'}); I.update({'U_'+k:U[k] for k in 'zrh'}); I.update({'b_'+k:b[k] for k in 'zrh'})
run('c1507_wiki_gru', I, (1-z)*hp+z*hh, fn='h_t')
