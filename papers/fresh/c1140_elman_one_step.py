from h import *
rng=np.random.default_rng(1140); d,n=3,4; x=rng.normal(size=d); W=rng.normal(size=(n,n)); U=rng.normal(size=(n,d)); b=rng.normal(size=n); h=rng.normal(size=n)
run('c1140_elman_one_step', {'x_t':x,'W':W,'U':U,'b':b,'h_{t-1}':h}, np.tanh(W@h+U@x+b), fn='h_t')
