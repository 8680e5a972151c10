from h import *
rng=np.random.default_rng(760); n=5; y=rng.normal(size=n); z=rng.normal(size=n)
Py=torch.softmax(T(y),0); lPz=torch.log_softmax(T(z),0)
run('c760_listnet', {'y':y,'z':z}, (-(Py*lPz).sum()).numpy(), fn='L')
