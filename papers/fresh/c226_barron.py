from h import *
rng=np.random.default_rng(226); x=rng.normal(size=7); al,c=0.5,1.3
X=T(x); exp=abs(al-2)/al*(((X/c)**2/abs(al-2)+1)**(al/2)-1)
run('c226_barron', {'x':x,r'\alpha':al,'c':c}, exp.numpy(), fn='f')
