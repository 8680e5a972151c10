from h import *
rng=np.random.default_rng(1506); d,h=4,3; x=rng.normal(size=d); hp=rng.normal(size=h); cp=rng.normal(size=h)
W={k:rng.normal(size=(h,d)) for k in 'fioc'}; U={k:rng.normal(size=(h,h)) for k in 'fioc'}; b={k:rng.normal(size=h) for k in 'fioc'}
s=lambda a:1/(1+np.exp(-a)); g={k:s(W[k]@x+U[k]@hp+b[k]) for k in 'fio'}; ct=np.tanh(W['c']@x+U['c']@hp+b['c'])
c=g['f']*cp+g['i']*ct; hn=g['o']*np.tanh(c)
I={'x_t':x,'h_{t-1}':hp,'c_{t-1}':cp}; I.update({'W_'+k:W[k] for k in 'fioc'}); I.update({'U_'+k:U[k] for k in 'fioc'}); I.update({'b_'+k:b[k] for k in 'fioc'})
run('c1506_wiki_lstm', I, {'h_t':hn,'c_t':c}, fn=['h_t','c_t'])
