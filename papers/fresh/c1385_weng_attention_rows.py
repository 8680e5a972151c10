from h import *
rng=np.random.default_rng(1385); N,d=4,3; q=rng.normal(size=(N,d)); k=rng.normal(size=(N,d))
run('c1385_weng_attention_rows', {r'\mathbf{q}':q, r'\mathbf{k}':k}, torch.softmax(T(q@k.T/np.sqrt(d)),1).numpy(), fn='a')
