from h import *
rng=np.random.default_rng(1589); n,d=3,2
h=rng.normal(size=n); C=rng.normal(size=n); x=rng.normal(size=d)
W={k:rng.normal(size=(n,n+d)) for k in 'fiCo'}; b={k:rng.normal(size=n) for k in 'fiCo'}
hx=np.concatenate([h,x]); s=lambda a:1/(1+np.exp(-a))
f=s(W['f']@hx+b['f']); i=s(W['i']@hx+b['i']); Ct=np.tanh(W['C']@hx+b['C']); C1=f*C+i*Ct; o=s(W['o']@hx+b['o']); h1=o*np.tanh(C1)
I={'h_{t-1}':h,'C_{t-1}':C,'x_t':x}
for k in 'fiCo': I['W_'+k]=W[k]; I['b_'+k]=b[k]
run('c1589_colah_lstm', I, {'h_t':h1,'C_t':C1}, fn=['h_t','C_t'])
