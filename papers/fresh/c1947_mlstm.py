from h import *
rng=np.random.default_rng(1947); d=3
C=rng.normal(size=(d,d)); n,q,k,v,o=(rng.normal(size=d) for _ in range(5)); f,i=0.8,1.7
C2=f*C+i*np.outer(v,k); n2=f*n+i*k; h=o*(C2@q/max(abs(n2@q),1))
run('c1947_mlstm', {r'\mathbf{C}_{t-1}':C, r'\mathbf{n}_{t-1}':n, r'\mathbf{q}_t':q, r'\mathbf{k}_t':k, r'\mathbf{v}_t':v, r'\mathbf{o}_t':o, 'f_t':f, 'i_t':i}, h, fn=r'\mathbf{h}_t')
