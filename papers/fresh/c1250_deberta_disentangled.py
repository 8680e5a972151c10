from h import *
rng=np.random.default_rng(1250); N,d,k=7,3,2
Qc,Kc,Vc=(rng.normal(size=(N,d)) for _ in range(3)); Qr,Kr=(rng.normal(size=(2*k,d)) for _ in range(2))
def dl(i,j): return 0 if i-j<=-k else 2*k-1 if i-j>=k else i-j+k
A=np.array([[Qc[i]@Kc[j]+Qc[i]@Kr[dl(i,j)]+Kc[j]@Qr[dl(j,i)] for j in range(N)] for i in range(N)])
run('c1250_deberta_disentangled', {'Q^c':Qc,'K^c':Kc,'V^c':Vc,'Q^r':Qr,'K^r':Kr}, (torch.softmax(T(A)/np.sqrt(3*d),1)@T(Vc)).numpy(), fn='H_o')
