from h import *
rng=np.random.default_rng(348); n,m=3,2; h,x,C=rng.normal(size=n),rng.normal(size=m),rng.normal(size=n)
Ws=[rng.normal(size=(n,n+m)) for _ in range(4)]; bs=[rng.normal(size=n) for _ in range(4)]
hx=np.concatenate([h,x]); sg=lambda v:1/(1+np.exp(-v))
f=sg(Ws[0]@hx+bs[0]); i=sg(Ws[1]@hx+bs[1]); Ct=np.tanh(Ws[2]@hx+bs[2])
inp={"h_{t-1}":h,"x_t":x,"C_{t-1}":C,"W_f":Ws[0],"W_i":Ws[1],"W_C":Ws[2],"b_f":bs[0],"b_i":bs[1],"b_C":bs[2]}
run('c348_lstm', inp, f*C+i*Ct, fn='C_t')
