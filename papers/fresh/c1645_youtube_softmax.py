from h import *
rng=np.random.default_rng(1645); V,N=6,3; v=rng.normal(size=(V,N)); u=rng.normal(size=N)
out=torch.softmax(T(v)@T(u),0)
run('c1645_youtube_softmax', {'v':v,'u':u}, out.numpy(), fn='P')
