from h import *
rng=np.random.default_rng(1500); K=5; z=rng.normal(size=K)
run('c1500_wiki_softmax', {r'\mathbf{z}':z}, torch.softmax(T(z),0).numpy(), fn=r'\sigma')
