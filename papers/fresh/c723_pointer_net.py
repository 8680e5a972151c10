from h import *
rng=np.random.default_rng(723); n,m,k=5,3,4
e,d=rng.normal(size=(n,k)),rng.normal(size=(m,k)); W1,W2=rng.normal(size=(k,k)),rng.normal(size=(k,k)); v=rng.normal(size=k)
u=torch.tanh(T(e)@T(W1).T[None,:,:]+ (T(d)@T(W2).T)[:,None,:])@T(v)   # [m, n]
run('c723_pointer_net', {'e':e,'d':d,'W_1':W1,'W_2':W2,'v':v}, u.numpy(), fn='u')
run('c723_pointer_net', {'e':e,'d':d,'W_1':W1,'W_2':W2,'v':v}, torch.softmax(u,1).numpy(), fn='p')
