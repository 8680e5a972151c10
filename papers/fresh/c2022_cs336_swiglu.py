from h import *
rng=np.random.default_rng(2022); dm,dff=4,6; x=rng.normal(size=dm); W1=rng.normal(size=(dff,dm)); W3=rng.normal(size=(dff,dm)); W2=rng.normal(size=(dm,dff))
X=T(x); ref=T(W2)@(torch.nn.functional.silu(T(W1)@X)*(T(W3)@X))
run('c2022_cs336_swiglu', {'x':x, 'W_1':W1, 'W_2':W2, 'W_3':W3}, ref.numpy(), fn=r'\mathrm{FFN}')
