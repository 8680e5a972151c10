from h import *
rng=np.random.default_rng(1217); n,d,dv=5,4,2; q=rng.normal(size=(n,d)); k=rng.normal(size=(n,d)); v=rng.normal(size=(n,dv)); g=1.7
qh=torch.nn.functional.normalize(T(q),dim=1); kh=torch.nn.functional.normalize(T(k),dim=1)
run('c1217_qknorm_cos', {'q':q,'k':k,'v':v,'g':g}, (torch.softmax(g*qh@kh.T,1)@T(v)).numpy(), fn='o')
