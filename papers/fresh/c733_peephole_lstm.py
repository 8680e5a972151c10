from h import *
rng=np.random.default_rng(733); I,H=3,4
x=rng.normal(size=I); hp,cp=rng.normal(size=H),rng.normal(size=H)
Wx={g:rng.normal(size=(H,I)) for g in 'ifco'}; Wh={g:rng.normal(size=(H,H)) for g in 'ifco'}
Wc={g:rng.normal(size=H) for g in 'ifo'}; b={g:rng.normal(size=H) for g in 'ifco'}
sg=lambda z:1/(1+np.exp(-z))
i=sg(Wx['i']@x+Wh['i']@hp+Wc['i']*cp+b['i']); f=sg(Wx['f']@x+Wh['f']@hp+Wc['f']*cp+b['f'])
c=f*cp+i*np.tanh(Wx['c']@x+Wh['c']@hp+b['c']); o=sg(Wx['o']@x+Wh['o']@hp+Wc['o']*c+b['o']); h=o*np.tanh(c)
ins={'x_t':x,'h_{t-1}':hp,'c_{t-1}':cp}
for g in 'ifco': ins['W_{x%s}'%g]=Wx[g]; ins['W_{h%s}'%g]=Wh[g]; ins['b_%s'%g]=b[g]
for g in 'ifo': ins['W_{c%s}'%g]=Wc[g]
run('c733_peephole_lstm', ins, {'c_t':c,'h_t':h}, fn=['c_t','h_t'])
