from h import *
def giou(p, g):
    x1p,x2p=min(p[0],p[2]),max(p[0],p[2]); y1p,y2p=min(p[1],p[3]),max(p[1],p[3])
    Ag=(g[2]-g[0])*(g[3]-g[1]); Ap=(x2p-x1p)*(y2p-y1p)
    xi1,xi2,yi1,yi2=max(x1p,g[0]),min(x2p,g[2]),max(y1p,g[1]),min(y2p,g[3])
    I=(xi2-xi1)*(yi2-yi1) if (xi2>xi1 and yi2>yi1) else 0.0
    Ac=(max(x2p,g[2])-min(x1p,g[0]))*(max(y2p,g[3])-min(y1p,g[1]))
    U=Ap+Ag-I; iou=I/U; return 1-(iou-(Ac-U)/Ac)
names=['x_1^p','y_1^p','x_2^p','y_2^p','x_1^g','y_1^g','x_2^g','y_2^g']
for p,g in [((0.3,0.2,2.0,1.5),(1.0,0.5,3.0,2.5)), ((2.0,0.2,0.3,1.5),(3.0,3.0,4.0,4.5))]:
    run('c970_giou_algorithm', dict(zip(names,p+g)), np.array(giou(p,g)), fn=r'\mathcal{L}_{GIoU}')
