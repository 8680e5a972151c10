from h import *
rng=np.random.default_rng(1457); K=5; z=rng.normal(size=K)
run('c1457_prince_softmax', {r'\mathbf{z}':z}, torch.softmax(T(z),0).numpy(), fn=r'\text{softmax}_k')
