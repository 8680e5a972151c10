from h import *
rng=np.random.default_rng(1280); d,n=4,6; u=rng.normal(size=d); m=rng.normal(size=(n,d)); c=rng.normal(size=(n,d))
p=torch.softmax(T(m)@T(u),0); o=p@T(c)
run('c1280_memnn', {'u':u,'m':m,'c':c}, p.numpy(), fn='p')
run('c1280_memnn', {'u':u,'m':m,'c':c}, o.numpy(), fn='o')
