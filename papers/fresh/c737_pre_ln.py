from h import *
rng=np.random.default_rng(737); n,d,dff=3,4,5
x=rng.normal(size=(n,d)); W1,b1,W2,b2=rng.normal(size=(d,dff)),rng.normal(size=dff),rng.normal(size=(dff,d)),rng.normal(size=d)
F=lambda z: torch.relu(z@T(W1)+T(b1))@T(W2)+T(b2)
LN=lambda z: torch.nn.functional.layer_norm(z,(d,),eps=1e-5)
run('c737_pre_ln', {'x_l':x,'W_1':W1,'b_1':b1,'W_2':W2,'b_2':b2}, (T(x)+F(LN(T(x)))).numpy(), fn='x_{l+1}')
